stock = {"kalamu": 40, "karatasi": 12, "mafaili": 5}
values = [40, 12, 5]
names = ["kalamu", "karatasi", "mafaili"]
total = 0
for i in range(3):
    print(names[i] + ": " + str(values[i]))
    total += values[i]
print("Jumla:", total)
