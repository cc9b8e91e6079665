age = int(input("Âge : "))
if age:
    print("Vous pouvez signer le contrat.")
