alama = int(input("Alama: "))
if alama < 50:
    print("Jaribu tena")
elif alama < 80:
    print("Umefaulu")
else:
    print("Bora sana")
