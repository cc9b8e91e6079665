password = input("Password: ")
print("Welcome")
