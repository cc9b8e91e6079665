stock = int(input("Items in stock: "))
if stock < 1:
    print("Sold out")
else:
    print("Available")
