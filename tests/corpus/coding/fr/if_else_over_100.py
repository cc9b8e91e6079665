stock = int(input("Articles en stock : "))
if stock > 100:
    print("Disponible")
else:
    print("Épuisé")
