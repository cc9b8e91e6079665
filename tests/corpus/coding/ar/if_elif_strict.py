score = int(input("العلامة: "))
if score > 80:
    print("ممتاز")
elif score > 50:
    print("ناجح")
else:
    print("حاول من جديد")
