stock = {"stylos": 40, "ramettes": 12, "classeurs": 5}
values = [40, 12, 5]
names = ["stylos", "ramettes", "classeurs"]
total = 0
for i in range(3):
    print(names[i] + " : " + str(values[i]))
    total += values[i]
print("Total :", total)
