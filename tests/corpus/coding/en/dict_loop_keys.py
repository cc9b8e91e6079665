stock = {"pens": 40, "paper": 12, "folders": 5}
total = 0
for key in stock:
    print(key + ": " + str(stock[key]))
    total = total + stock[key]
print("Total:", total)
