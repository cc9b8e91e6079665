stock = {"pens": 40, "paper": 12, "folders": 5}
values = [40, 12, 5]
names = ["pens", "paper", "folders"]
total = 0
for i in range(3):
    print(names[i] + ": " + str(values[i]))
    total += values[i]
print("Total:", total)
