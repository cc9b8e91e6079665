alama = int(input("Alama: "))
if alama > 80:
    print("Bora sana")
elif alama > 50:
    print("Umefaulu")
else:
    print("Jaribu tena")
