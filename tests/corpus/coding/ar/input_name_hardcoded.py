name = input("الاسم: ")
print("مرحبا يا يوسف!")
