def average(marks):
    return sum(marks) / len(marks)


def result(mark):
    if mark > 80:
        return "ممتاز"
    elif mark > 50:
        return "ناجح"
    else:
        return "حاول من جديد"
