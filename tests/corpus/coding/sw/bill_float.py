total = 0
bei = input("Bei (tupu kumaliza): ")
while bei != "":
    idadi = int(input("Idadi: "))
    total += float(bei) * idadi
    bei = input("Bei (tupu kumaliza): ")
print("Jumla ya kulipa:", total)
