total = 0
while True:
    prix = input("Prix (ou fin) : ")
    if prix == "fin":
        break
    total = total + int(prix)
print("Total :", total)
