stock = {"notebooks": 40, "files": 12, "envelopes": 5}
values = [40, 12, 5]
names = ["notebooks", "files", "envelopes"]
total = 0
for i in range(3):
    print(names[i] + ": " + str(values[i]))
    total += values[i]
print("المجموع:", total)
