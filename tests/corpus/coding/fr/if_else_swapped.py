stock = int(input("Articles en stock : "))
if stock < 1:
    print("Épuisé")
else:
    print("Disponible")
