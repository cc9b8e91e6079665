age = int(input("Âge : "))
if age > 17:
    print("Vous pouvez signer le contrat.")
