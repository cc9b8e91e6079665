h = int(input("ساعات العمل: "))
print("الأجر: " + str(h * 3))
