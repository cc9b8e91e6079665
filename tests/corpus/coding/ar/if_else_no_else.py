stock = int(input("عدد القطع في المخزن: "))
if stock > 0:
    print("متوفر")
print("غير متوفر")
