age = int(input("Age: "))
if age > 17:
    print("You can sign the contract.")
