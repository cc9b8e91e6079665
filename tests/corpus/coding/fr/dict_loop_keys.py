stock = {"stylos": 40, "ramettes": 12, "classeurs": 5}
total = 0
for key in stock:
    print(key + " : " + str(stock[key]))
    total = total + stock[key]
print("Total :", total)
