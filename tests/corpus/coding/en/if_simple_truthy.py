age = int(input("Age: "))
if age:
    print("You can sign the contract.")
