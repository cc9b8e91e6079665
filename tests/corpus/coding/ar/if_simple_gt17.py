age = int(input("العمر: "))
if age > 17:
    print("يمكنك توقيع العقد.")
