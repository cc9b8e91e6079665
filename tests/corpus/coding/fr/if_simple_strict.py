age = int(input("Âge : "))
if age > 18:
    print("Vous pouvez signer le contrat.")
