stock = {"kalamu": 40, "karatasi": 12, "mafaili": 5}
total = 0
for key in stock:
    print(key + ": " + str(stock[key]))
    total = total + stock[key]
print("Jumla:", total)
