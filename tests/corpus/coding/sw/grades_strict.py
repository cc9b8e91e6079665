def average(marks):
    return sum(marks) / len(marks)


def result(mark):
    if mark > 80:
        return "Bora sana"
    elif mark > 50:
        return "Umefaulu"
    else:
        return "Jaribu tena"
