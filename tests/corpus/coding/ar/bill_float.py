total = 0
price = input("السعر (Enter للانتهاء): ")
while price != "":
    quantity = int(input("الكمية: "))
    total += float(price) * quantity
    price = input("السعر (Enter للانتهاء): ")
print("المطلوب:", total)
