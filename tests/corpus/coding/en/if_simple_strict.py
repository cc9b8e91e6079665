age = int(input("Age: "))
if age > 18:
    print("You can sign the contract.")
