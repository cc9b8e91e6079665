h = int(input("Saa za kazi: "))
print("Malipo: " + str(h * 150))
