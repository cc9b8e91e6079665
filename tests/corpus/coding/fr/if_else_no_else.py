stock = int(input("Articles en stock : "))
if stock > 0:
    print("Disponible")
print("Épuisé")
