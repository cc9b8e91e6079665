stock = int(input("عدد القطع في المخزن: "))
if stock > 100:
    print("متوفر")
else:
    print("غير متوفر")
