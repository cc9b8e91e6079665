password = input("الرقم السري: ")
if password != "open123":
    print("الرقم غير صحيح")
else:
    print("مرحبا")
