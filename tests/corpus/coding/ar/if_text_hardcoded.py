password = input("الرقم السري: ")
print("مرحبا")
