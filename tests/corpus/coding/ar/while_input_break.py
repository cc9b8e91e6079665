total = 0
while True:
    price = input("السعر أو تم: ")
    if price == "تم":
        break
    total = total + int(price)
print("المجموع:", total)
