h = int(input("Heures travaillées : "))
print("Paie : " + str(h * 15))
