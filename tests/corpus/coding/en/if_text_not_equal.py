password = input("Password: ")
if password != "open123":
    print("Wrong password")
else:
    print("Welcome")
