alama = int(input("Alama: "))
if alama > 0:
    print("Bora sana")
