total = 0
while True:
    price = input("Price (or stop): ")
    if price == "stop":
        break
    total = total + int(price)
print("Total:", total)
