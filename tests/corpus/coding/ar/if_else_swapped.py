stock = int(input("عدد القطع في المخزن: "))
if stock < 1:
    print("غير متوفر")
else:
    print("متوفر")
