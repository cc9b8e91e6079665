stock = int(input("Items in stock: "))
if stock > 100:
    print("Available")
else:
    print("Sold out")
