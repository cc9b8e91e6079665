score = int(input("العلامة: "))
if score < 50:
    print("حاول من جديد")
elif score < 80:
    print("ناجح")
else:
    print("ممتاز")
