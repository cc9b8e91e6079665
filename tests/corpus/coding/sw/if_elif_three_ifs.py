alama = int(input("Alama: "))
if alama >= 80:
    print("Bora sana")
if alama >= 50 and alama < 80:
    print("Umefaulu")
if alama < 50:
    print("Jaribu tena")
