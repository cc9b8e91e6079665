age = int(input("العمر: "))
if age:
    print("يمكنك توقيع العقد.")
