total = 0
price = input("Price (empty to finish): ")
while price != "":
    quantity = int(input("Quantity: "))
    total += float(price) * quantity
    price = input("Price (empty to finish): ")
print("To pay:", total)
