stock = int(input("Items in stock: "))
if stock > 0:
    print("Available")
print("Sold out")
