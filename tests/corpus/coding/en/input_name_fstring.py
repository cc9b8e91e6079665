name = input("What is your name? ")
print(f"Welcome, {name}!")
