age = int(input("العمر: "))
if age > 18:
    print("يمكنك توقيع العقد.")
