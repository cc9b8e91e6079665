total = 0
prix = input("Prix (vide pour finir) : ")
while prix != "":
    quantite = int(input("Quantité : "))
    total += float(prix) * quantite
    prix = input("Prix (vide pour finir) : ")
print("À payer :", total)
