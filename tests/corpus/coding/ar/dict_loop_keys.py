stock = {"notebooks": 40, "files": 12, "envelopes": 5}
total = 0
for key in stock:
    print(key + ": " + str(stock[key]))
    total = total + stock[key]
print("المجموع:", total)
