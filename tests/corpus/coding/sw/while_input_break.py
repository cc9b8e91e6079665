total = 0
while True:
    bei = input("Bei (au maliza): ")
    if bei == "maliza":
        break
    total = total + int(bei)
print("Jumla:", total)
