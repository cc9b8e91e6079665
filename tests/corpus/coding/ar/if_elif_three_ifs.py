score = int(input("العلامة: "))
if score >= 80:
    print("ممتاز")
if score >= 50 and score < 80:
    print("ناجح")
if score < 50:
    print("حاول من جديد")
